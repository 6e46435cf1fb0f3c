from precheck.doors.cli import run

run()
