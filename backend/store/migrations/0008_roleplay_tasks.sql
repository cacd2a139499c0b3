-- A role-play's follow-up tasks are read by role-play (backend/training
-- roleplay.go, when a list or one role-play is shown, and when its actions are
-- saved); without this index each read went through every task.

CREATE INDEX training_tasks_roleplay ON training_tasks(roleplay_id);
