select version from event_data_version;
