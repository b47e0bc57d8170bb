"""`timeline completion SHELL`: the shell completion script, printed for eval or a file."""

from __future__ import annotations

import sys

import click

SHELLS = ("bash", "zsh", "fish")


@click.command(epilog="""\b
Examples:
  eval "$(timeline completion bash)"      # in ~/.bashrc
  eval "$(timeline completion zsh)"       # in ~/.zshrc
  timeline completion fish > ~/.config/fish/completions/timeline.fish
""")
@click.argument("shell", type=click.Choice(SHELLS))
def completion(shell):
    """Print the completion script for SHELL (bash, zsh or fish).

    It completes subcommands, options, --format values, and --tag values from the store.
    """
    from click.shell_completion import get_completion_class

    from timeline_cli.cli import cli

    cls = get_completion_class(shell)
    sys.stdout.write(cls(cli, {}, "timeline", "_TIMELINE_COMPLETE").source() + "\n")
