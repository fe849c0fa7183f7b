"""Running the command line in a test."""

from cmdesk.cli import main


def run(capsys, *argv):
    """Run `cmdesk *argv` (paths and numbers as given, made text) in this process:
    (exit code, stdout, stderr)."""
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err
