-- Templates become translatable: the English Markdown an install already holds becomes {"en": …}.
ALTER TABLE "interlinker" ALTER COLUMN "template" SET DATA TYPE jsonb USING CASE WHEN "template" IS NULL THEN NULL ELSE jsonb_build_object('en', "template") END;
