"""Cross-document coreference scores: MUC, B-cubed, CEAF-e and their mean (CoNLL F1).

A clustering is a mapping {mention: cluster id}; key and response cover the same
mentions (a mention a system leaves out is its own cluster).

>>> key = {1: "a", 2: "a", 3: "b"}
>>> round(conll(key, key)["conll"], 3)
1.0
>>> round(conll(key, {1: "x", 2: "y", 3: "z"})["muc"][2], 3)
0.0
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping

Clustering = Mapping[Hashable, Hashable]


def clusters(c: Clustering) -> list[set]:
    groups: dict[Hashable, set] = defaultdict(set)
    for mention, cluster in c.items():
        groups[cluster].add(mention)
    return list(groups.values())


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """Links: how many of each key cluster's links the response keeps (recall), and
    the other way round (precision)."""

    def score(gold: Clustering, sys: Clustering) -> float:
        num = den = 0
        for k in clusters(gold):
            parts = {sys[m] for m in k}
            num += len(k) - len(parts)
            den += len(k) - 1
        return num / den if den else 0.0

    r, p = score(key, response), score(response, key)
    return p, r, f1(p, r)


def b_cubed(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """Per mention: the share of its response cluster that is in its key cluster
    (precision) and the other way round (recall), averaged over mentions."""
    key_of = {m: frozenset(c) for c in clusters(key) for m in c}
    sys_of = {m: frozenset(c) for c in clusters(response) for m in c}
    if not key_of:
        return 0.0, 0.0, 0.0
    p = sum(len(key_of[m] & sys_of[m]) / len(sys_of[m]) for m in key_of) / len(key_of)
    r = sum(len(key_of[m] & sys_of[m]) / len(key_of[m]) for m in key_of) / len(key_of)
    return p, r, f1(p, r)


def assignment(weights: list[list[float]]) -> float:
    """The largest total weight of a one-to-one matching of rows to columns
    (Hungarian method on the cost max - weight, rows padded to a square)."""
    n = max(len(weights), max((len(r) for r in weights), default=0))
    if n == 0:
        return 0.0
    top = max((w for r in weights for w in r), default=0.0)
    cost = [[top - (weights[i][j] if i < len(weights) and j < len(weights[i]) else 0.0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    total = 0.0
    for j in range(1, n + 1):
        i = p[j]
        if i and i - 1 < len(weights) and j - 1 < len(weights[i - 1]):
            total += weights[i - 1][j - 1]
    return total


def ceaf_e(key: Clustering, response: Clustering) -> tuple[float, float, float]:
    """Entity-based CEAF: key and response clusters aligned one to one to maximise the
    summed similarity 2|k & r| / (|k| + |r|)."""
    k, r = clusters(key), clusters(response)
    if not k or not r:
        return 0.0, 0.0, 0.0
    # Only clusters that share a mention can gain from being aligned: solve each
    # connected group of them on its own (small matrices).
    owner = {m: i for i, c in enumerate(r) for m in c}
    groups: dict[int, tuple[set, set]] = {}
    parent = list(range(len(k)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_key_of_response: dict[int, int] = {}
    for i, c in enumerate(k):
        for m in c:
            j = owner[m]
            if j in first_key_of_response:
                a, b = find(first_key_of_response[j]), find(i)
                parent[a] = b
            else:
                first_key_of_response[j] = i
    for i, c in enumerate(k):
        g = groups.setdefault(find(i), (set(), set()))
        g[0].add(i)
        g[1].update(owner[m] for m in c)
    similarity = 0.0
    for keys, responses in groups.values():
        ks, rs = sorted(keys), sorted(responses)
        weights = [[2 * len(k[a] & r[b]) / (len(k[a]) + len(r[b])) for b in rs] for a in ks]
        similarity += assignment(weights)
    p, rec = similarity / len(r), similarity / len(k)
    return p, rec, f1(p, rec)


def conll(key: Clustering, response: Clustering) -> dict:
    """MUC, B-cubed and CEAF-e as (P, R, F1), and the mean F1 (CoNLL F1)."""
    scores = {"muc": muc(key, response), "b3": b_cubed(key, response), "ceafe": ceaf_e(key, response)}
    scores["conll"] = sum(s[2] for s in scores.values()) / 3
    return scores
