-- Issue 24: a queued item can be attached to a recorded event as the US or the Russian side's
-- readout, not only as a source: the side it was attached as (null: as a source). And whether the
-- attachment changed the event at all (an attachment the event already held changes nothing), so
-- that an undo takes off only what the attachment added.
alter table feed_item add column attached_side varchar(10);
alter table feed_item add column attach_changed boolean not null default false;
alter table feed_item add constraint feed_item_attached_side_check check (attached_side in ('US', 'RUSSIA'));

-- Attachments made before: each added its source to the event unless it was there already, which
-- was not recorded; an undo took it off, as it still does.
update feed_item set attach_changed = true where decision = 'ATTACHED';
