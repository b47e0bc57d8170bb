"""Language packs for the temporal parser: vocabulary and rules as data."""
