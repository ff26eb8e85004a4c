-- The classification bands of a campaign's results (none: Tốt ≥ 90, Khá ≥ 80, Trung bình ≥ 70,
-- Yếu below).

create table campaign_band (
    campaign_id  bigint       not null references campaign (id),
    band_name    varchar(50)  not null,
    from_percent numeric(5, 2) not null,
    constraint campaign_band_uk unique (campaign_id, from_percent)
);
