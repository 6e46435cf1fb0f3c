"""`precheck batch`: every packet under a folder, in worker processes, into one output folder.

Each packet's JSON and HTML are written atomically when it is done, with a fingerprint of its input files, so a
batch stopped with Ctrl-C leaves only whole results and a second run skips what is already done. The summary
CSV and index.html are rebuilt from the results on disk at the end of every run.

plan finds the packets and what is left to do, workers check them (cluster: on Ray actors instead, with --ray),
summary tabulates what is on disk; jobs and results are what they share. Nothing is imported here, so importing one part never loads the others."""
