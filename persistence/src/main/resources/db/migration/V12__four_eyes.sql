-- Whether whoever sends a unit's self-assessment may also approve it (issue 14: four eyes).
-- Existing campaigns keep their people's habits only if Sở Nội vụ turns it off; the default is on.
alter table campaign add column four_eyes boolean default true not null;
