from precheck.cli import app

app(prog_name="precheck")
