-- Whether a campaign's published results may be read by anyone, without signing in, on the public
-- page and as open data (dispatch 6926, II.1a: units publicise the index and its results).
alter table campaign add column open_results boolean default false not null;
