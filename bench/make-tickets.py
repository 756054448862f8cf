#!/usr/bin/env python3
"""Writes a ServiceNow-style incident CSV of N rows for bench/import.sh.

Each row takes the final state of one real incident of incident_event_log.csv (all its
columns: dates, caller, group, location, reopen count, ...) and the title and text of one
real helpdesk ticket of helpdesk_tickets.csv, cycling through both, with a fresh incident
number, so that every row is a distinct ticket with real-looking values.
Usage: make-tickets.py DATA_DIR OUT_FILE ROWS
"""
import csv
import sys

data, out, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])

with open(f"{data}/incident_event_log.csv", newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    last = {}
    for row in reader:
        last[row[0]] = row  # the log is ordered by number then update: the last row is the final state
incidents = list(last.values())

with open(f"{data}/helpdesk_tickets.csv", newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    texts = [(r["title"], r["body"]) for r in reader]

with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(header + ["short_description", "description"])
    for i in range(rows):
        incident = list(incidents[i % len(incidents)])
        incident[0] = f"INC{i + 1:08d}"
        title, body = texts[i % len(texts)]
        writer.writerow(incident + [title, body])
