-- Why a rule set was put in force, in the legal staff's words ("Nghị định 155/2026/NĐ-CP: ân hạn K02 còn 10 ngày"),
-- beside the reason code (reload, rollback, watcher, startup). Null for versions recorded before the workbench.
alter table rule_set_version add column description varchar(2000);
