from precheck.doors.cli import app

app(prog_name="precheck")
