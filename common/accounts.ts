// The rules of an account that the server enforces and the web app states before anything is sent.

export const passwordLength = { min: 10, max: 128 } as const;
export const nameMaxLength = 200;
