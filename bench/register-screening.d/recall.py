"""End-to-end answer check of bench/register-screening --names realistic (not timed).

Usage: python3 recall.py API_BASE TOKEN SAMPLE
SAMPLE holds one JSON object a line: {"body": {screening request without purpose}, "expected": [FtM ids]}
(written by namematch-benchmarks' RegisterFtmCommand). Each body is POSTed to API_BASE/screenings with
purpose BORDER_CHECK and the server's default limit; a query counts as found when one of its hits is an
entity whose sourceRef (read back with GET API_BASE/register/entities/{id}) is among its expected FtM ids.
Prints recall= (found / queries), recall_queries=, recall_found= and recall_hits_per_query=.
"""

import json
import sys
import urllib.request

api, token, sample = sys.argv[1], sys.argv[2], sys.argv[3]
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
refs = {}


def call(method, url, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.load(answer)


def source_ref(entity_id):
    if entity_id not in refs:
        view = call("GET", f"{api}/register/entities/{entity_id}?purpose=BORDER_CHECK")
        refs[entity_id] = view.get("sourceRef")
    return refs[entity_id]


queries = found = hits = 0
with open(sample, encoding="utf-8") as lines:
    for line in lines:
        case = json.loads(line)
        body = dict(case["body"], purpose="BORDER_CHECK")
        answer = call("POST", f"{api}/screenings", body)["hits"]
        expected = set(case["expected"])
        queries += 1
        hits += len(answer)
        if any(source_ref(h["entityId"]) in expected for h in answer):
            found += 1
print(f"recall={found / queries if queries else 0:.4f}")
print(f"recall_queries={queries}")
print(f"recall_found={found}")
print(f"recall_hits_per_query={hits / queries if queries else 0:.1f}")
