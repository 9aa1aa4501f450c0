-- A human title for each deadline ("调离执法岗位：张三"), shown in lists and panels; null for old rows.
ALTER TABLE cal_deadline ADD COLUMN title VARCHAR(200);
