-- People may hide their presence (avatar and field highlight) from others in live workspaces.
ALTER TABLE app_user ADD COLUMN reduced_presence BOOLEAN NOT NULL DEFAULT FALSE;
