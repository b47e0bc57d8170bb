"""One module per subcommand; timeline_cli.cli imports each only when it runs."""
