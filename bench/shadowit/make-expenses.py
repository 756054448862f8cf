#!/usr/bin/env python3
"""Writes a deterministic card export in the CARD_PROGRAMME layout (Ramp, Brex, Divvy):
Transaction Date, Amount, Currency, Merchant Name, User, Cost Center, Department,
Transaction ID. Merchants are the evaluation sets' strings (software vendors and their
look-alikes, src/test/resources/shadowit) plus ordinary merchants, with the long tail a
real export has (store numbers, cities); dates over the year 2025.
Usage: make-expenses.py EVALUATION_DIR OUT.csv ROWS [SEED]"""
import csv
import glob
import random
import sys
from datetime import date, timedelta

evaluation, out, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261203)

software, lookalikes = [], []
for path in sorted(glob.glob(f"{evaluation}/vendor-evaluation-*.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            (software if row["expected"] else lookalikes).append(row["merchant"])

ordinary = ["STARBUCKS STORE", "SHELL OIL", "MARRIOTT HOTEL", "HILTON GARDEN INN", "UBER TRIP", "LYFT RIDE",
            "DELTA AIR LINES", "LUFTHANSA", "BRITISH AIRWAYS", "AMTRAK", "DEUTSCHE BAHN", "HERTZ RENT-A-CAR",
            "OFFICE DEPOT", "STAPLES", "WHOLE FOODS MARKET", "CHIPOTLE", "PRET A MANGER", "FEDEX OFFICE",
            "UPS STORE", "USPS PO", "HOME DEPOT", "IKEA", "BEST BUY", "TARGET", "WALGREENS", "CVS PHARMACY",
            "PANERA BREAD", "SUBWAY", "MCDONALD'S", "PARKING METER", "EXXONMOBIL", "BP", "HOLIDAY INN",
            "AIRBNB", "EXPEDIA", "COSTCO WHSE", "TRADER JOE'S", "SWEETGREEN", "DOORDASH", "GRUBHUB"]
cities = ["NEW YORK NY", "SAN FRANCISCO CA", "AUSTIN TX", "CHICAGO IL", "SEATTLE WA", "LONDON GB", "BERLIN DE",
          "PARIS FR", "AMSTERDAM NL", "BOSTON MA", "DENVER CO", "TORONTO ON"]
# Ordinary merchants appear with store numbers and cities, as on statements: thousands of distinct texts.
ordinary = [f"{m} #{rng.randint(100, 9999)} {rng.choice(cities)}" for m in ordinary for _ in range(60)]

units = ["Engineering", "Sales", "Marketing", "Finance", "Operations", "Support", "People", "Legal", "Product",
         "Design"]
employees = [(f"employee{n:04d}@example.com", f"CC-{100 + n % 40}", units[n % len(units)]) for n in range(2000)]
currencies = ["USD"] * 6 + ["EUR"] * 3 + ["GBP"]
start = date(2025, 1, 1)

with open(out, "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(["Transaction Date", "Amount", "Currency", "Merchant Name", "User", "Cost Center", "Department",
                     "Transaction ID"])
    for n in range(rows):
        pick = rng.random()
        # About 30 % software lines, 10 % look-alikes, 60 % ordinary expenses.
        merchant = rng.choice(software if pick < 0.3 else lookalikes if pick < 0.4 else ordinary)
        email, centre, unit = rng.choice(employees)
        amount = round(rng.lognormvariate(3.5, 1.2), 2)
        writer.writerow([(start + timedelta(days=rng.randrange(365))).isoformat(), f"{amount:.2f}",
                         rng.choice(currencies), merchant, email, centre, unit, f"T{n:09d}"])
