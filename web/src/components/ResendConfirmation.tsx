import { Alert, Button, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { accountRecovery } from "../api/session";
import { authErrorMessage } from "../routes/authErrors";
import { toastSuccess } from "../ui/toast";
import { wrappingButton } from "./ButtonLink";

/** A button that mails the confirmation link again, with a toast when it went out and the reason when not. */
export function ResendConfirmation({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useMutation({
    mutationFn: () => accountRecovery.resendVerification(email),
    onSuccess: () => toastSuccess(t("shell.mailSent.resent", { email })),
  });
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="default" loading={resend.isPending} onClick={() => resend.mutate()} {...wrappingButton}>
        {t("shell.mailSent.resend")}
      </Button>
      {resend.error && (
        <Alert color="red.9" variant="outline" role="alert">
          {authErrorMessage(t, resend.error)}
        </Alert>
      )}
    </Stack>
  );
}
