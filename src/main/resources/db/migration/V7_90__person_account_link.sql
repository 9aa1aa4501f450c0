-- "我的案件" (issue 12): the login account of a recorded person, so a user's cases are those where the person is on
-- the team (enf_case_member.person_id). Kept by personnel like per_supervisor.user_id: one account per person and one
-- person per account, set by HR on the person's page (an account of the person's agency). Existing accounts are
-- matched once here by the same ID-card number in the same agency; later links are set by HR, every change audited.
ALTER TABLE per_person ADD COLUMN user_id BIGINT REFERENCES iam_user (id);
CREATE UNIQUE INDEX per_person_user ON per_person (user_id) WHERE user_id IS NOT NULL;

UPDATE per_person p SET user_id = m.user_id
FROM (SELECT DISTINCT ON (u.id_card, u.agency_id) u.id AS user_id, u.id_card, u.agency_id
      FROM iam_user u WHERE u.id_card IS NOT NULL ORDER BY u.id_card, u.agency_id, u.id) m
WHERE m.id_card = p.id_card AND m.agency_id = p.agency_id;
