"""The stateful mock of the Imported Numbers and Hosting Orders API."""
