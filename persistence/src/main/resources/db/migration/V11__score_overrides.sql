-- A self-score that departs from its leaf's rule is kept with the reason the unit gave; without a
-- reason the rule's points are the self-score.

alter table leaf_score add column override_reason varchar(2000);
