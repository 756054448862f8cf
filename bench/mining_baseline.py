#!/usr/bin/python3
"""Baseline for pain-point mining (issue #5): scikit-learn TF-IDF + k-means.

TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2), stop_words='english')
+ KMeans(n_init=5), k = number of distinct gold labels (or --k).
Prints one JSON object per seed: NMI/ARI/V-measure against the gold column and the
time of the whole pipeline (parse -> analyse -> TF-IDF -> cluster).

    /usr/bin/python3 bench/mining_baseline.py --input FILE --text title,body \
        --label sub_category1 --seeds 0,1,2,3,4
"""
import argparse
import csv
import json
import sys
import time

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn import metrics


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--text", default="title,body")
    parser.add_argument("--label")
    parser.add_argument("--k", type=int)
    parser.add_argument("--seeds", default="0,1,2,3,4")
    args = parser.parse_args()
    text_columns = args.text.split(",")
    for seed in [int(s) for s in args.seeds.split(",")]:
        started = time.perf_counter()
        texts, gold = [], []
        with open(args.input, newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            for row in reader:
                texts.append(" ".join(row[c] or "" for c in text_columns))
                if args.label:
                    gold.append(row[args.label])
        read = time.perf_counter()
        k = args.k or len(set(gold))
        vectors = TfidfVectorizer(sublinear_tf=True, min_df=2, ngram_range=(1, 2),
                                  stop_words="english").fit_transform(texts)
        analysed = time.perf_counter()
        clusters = KMeans(n_clusters=k, n_init=5, random_state=seed).fit_predict(vectors)
        done = time.perf_counter()
        result = {"seed": seed, "tickets": len(texts), "k": k, "features": vectors.shape[1],
                  "timings": {"readMs": round((read - started) * 1000),
                              "analyseMs": round((analysed - read) * 1000),
                              "clusterMs": round((done - analysed) * 1000),
                              "totalMs": round((done - started) * 1000)}}
        if args.label:
            result["nmi"] = metrics.normalized_mutual_info_score(gold, clusters)
            result["ari"] = metrics.adjusted_rand_score(gold, clusters)
            result["vMeasure"] = metrics.v_measure_score(gold, clusters)
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    sys.exit(main())
