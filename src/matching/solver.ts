/**
 * The assignment solver behind `matchNeeds`: a min-cost flow on the bipartite graph needs → providers → sink, by
 * successive shortest paths with node potentials (Dijkstra on reduced costs), the needs entering one at a time.
 *
 * **Objective** (lexicographic): most needs of priority tier 0 met, then of tier 1, …, then of the last tier; then
 * the least total distance. Every met need uses one unit of its provider's capacity.
 *
 * **Why it is optimal.**
 *
 * 1. The sets of needs that can be met together are the independent sets of a transversal matroid (each provider
 *    copied `capacity` times; Edmonds & Fulkerson 1965). The greedy algorithm on a matroid — add the needs in order
 *    of priority, keep each one that can still be met with those kept — meets the most needs of tier 0, then the
 *    most of tier 1 given those, and so on (Edmonds 1971); and every maximal set has the same size, so it also meets
 *    the most needs overall.
 * 2. Distances are minimised by the min-cost flow, with a cost vector per flow: (−needs met of tier 0, …, −needs
 *    met of the last tier, distance), compared lexicographically (an ordered group, so shortest paths and
 *    potentials work as with numbers). The needs are added to the network one at a time, in priority order. Let F
 *    be a min-cost flow before need `a` is added. After adding the arc source→a, a min-cost flow is F plus the
 *    cheapest cycle through that arc in F's residual network (the difference of two flows decomposes into cycles;
 *    every cycle that does not use the new arc costs ≥ 0 by F's optimality). That cycle is either an augmenting
 *    path a → … → sink (meets `a` too: always the cheaper, its cost gains −1 at a's tier), or, when there is none, a
 *    path a → … → b to a met need `b` of the same tier (b is dropped and `a` met; a swap pays off only when it
 *    shortens the distance, and a need of a higher tier is never dropped — that would cost +1 there; no lower tier
 *    is met yet). This is the successive-shortest-path algorithm (Ahuja, Magnanti & Orlin 1993, *Network Flows*,
 *    §9.7) with the needs entering one by one, as the Hungarian method adds rows (Kuhn 1955; §12.4).
 * 3. Dijkstra's algorithm runs on reduced costs c(u,v) + π(u) − π(v) ≥ 0 (Ahuja et al. §9.7, lemma 9.11); after a
 *    change along a path to the node reached at distance D, every node settled at d < D gets π += d − D (the usual
 *    π += min(d, D), less a constant D for all nodes, which changes no reduced cost), so each step touches only the
 *    nodes it settled. Costs are whole metres, so every sum is exact.
 *
 * Worst case O(N · (E + V) log V) for N needs, E candidate pairs, V nodes; in practice each need settles only the
 * few nodes near it while providers have spare capacity.
 *
 * @module
 */

/** The input of {@link solveAssignment}: needs, providers and the candidate pairs (CSR layout). */
export interface AssignmentProblem {
  /** Number of needs. */
  readonly needs: number;
  /** Number of providers. */
  readonly providers: number;
  /** Priority tier of each need: 0 first. */
  readonly tier: ArrayLike<number>;
  /** Capacity of each provider (a whole number ≥ 0; `Infinity` for unlimited). */
  readonly capacity: ArrayLike<number>;
  /** Candidates of need `n`: positions `start[n]` to `start[n + 1]` of `target` and `cost`. */
  readonly start: ArrayLike<number>;
  /** Provider of each candidate pair. */
  readonly target: ArrayLike<number>;
  /** Cost (whole metres, ≥ 0) of each candidate pair. */
  readonly cost: ArrayLike<number>;
}

/** The solution: for each need, its provider (−1 when not met) and the cost of that pair. */
export interface AssignmentSolution {
  /** Provider of each need, or −1. */
  readonly provider: Int32Array;
  /** Cost of each need's pair (0 when not met). */
  readonly cost: Float64Array;
}

/** A binary min-heap of (key, node), ties broken by the smaller node; stale entries are skipped by the caller. */
class Heap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  private less(i: number, j: number): boolean {
    const a = this.keys[i]!;
    const b = this.keys[j]!;
    return a < b || (a === b && this.nodes[i]! < this.nodes[j]!);
  }

  private swap(i: number, j: number): void {
    const k = this.keys[i]!;
    this.keys[i] = this.keys[j]!;
    this.keys[j] = k;
    const n = this.nodes[i]!;
    this.nodes[i] = this.nodes[j]!;
    this.nodes[j] = n;
  }

  push(key: number, node: number): void {
    this.keys.push(key);
    this.nodes.push(node);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest entry; `topKey`/`topNode` must be read first. */
  pop(): void {
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.nodes.pop();
    let i = 0;
    const size = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && this.less(l, m)) m = l;
      if (r < size && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  get topKey(): number {
    return this.keys[0]!;
  }

  get topNode(): number {
    return this.nodes[0]!;
  }
}

/**
 * Solves the assignment: the most needs met, tier by tier, then the least total cost (see the module's comment for
 * the algorithm and why it is optimal). Deterministic: ties go to the need earlier in the input and the provider
 * earlier in the input.
 *
 * @param problem - the needs, providers and candidate pairs
 * @returns each need's provider (−1 when not met) and the pair's cost
 * @example
 * ```ts
 * // Two needs of one tier, one provider of capacity 1, at 5 m and 2 m: the nearer need is met.
 * solveAssignment({ needs: 2, providers: 1, tier: [0, 0], capacity: [1], start: [0, 1, 2], target: [0, 0], cost: [5, 2] })
 *   .provider; //=> Int32Array [-1, 0]
 * ```
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const { needs: N, providers: P, tier, capacity, start, target, cost } = problem;
  const T = N + P; // the sink
  const V = T + 1;
  const provider = new Int32Array(N).fill(-1);
  const pairCost = new Float64Array(N);
  // Needs met by each provider, with each need's position in its provider's list (for O(1) removal).
  const members: number[][] = Array.from({ length: P }, () => []);
  const position = new Int32Array(N);
  const pi = new Float64Array(V);
  const dist = new Float64Array(V);
  const parent = new Int32Array(V);
  const seen = new Int32Array(V); // the step that last labelled the node
  const done = new Int32Array(V); // the step that settled it
  const settled: number[] = [];
  const heap = new Heap();

  const order = Array.from({ length: N }, (_, n) => n).sort((a, b) => tier[a]! - tier[b]! || a - b);

  const attach = (n: number, p: number, c: number): void => {
    provider[n] = p;
    pairCost[n] = c;
    position[n] = members[p]!.length;
    members[p]!.push(n);
  };
  const detach = (n: number): void => {
    const p = provider[n]!;
    const list = members[p]!;
    const last = list.pop()!;
    if (last !== n) {
      list[position[n]!] = last;
      position[last] = position[n]!;
    }
    provider[n] = -1;
    pairCost[n] = 0;
  };
  /** The cost of the pair (n, p), which must be a candidate pair. */
  const pair = (n: number, p: number): number => {
    for (let e = start[n]!; e < start[n + 1]!; e++) if (target[e] === p) return cost[e]!;
    return Number.NaN;
  };
  /**
   * Moves the needs along the path that ends at provider `p` (reached from need `parent[p + N]`): each need on the
   * path takes the provider after it; the first one is the new need.
   */
  const shift = (p: number, a: number): void => {
    for (;;) {
      const n = parent[N + p]!;
      const previous = n === a ? -1 : provider[n]!;
      if (previous >= 0) detach(n);
      attach(n, p, pair(n, p));
      if (previous < 0) return;
      p = previous;
    }
  };

  let step = 0;
  for (const a of order) {
    const from = start[a]!;
    const to = start[a + 1]!;
    if (from === to) continue;
    step++;
    // A potential for the new node that makes its arcs' reduced costs ≥ 0.
    let pa = -Infinity;
    for (let e = from; e < to; e++) pa = Math.max(pa, pi[N + target[e]!]! - cost[e]!);
    pi[a] = pa;

    heap.clear();
    settled.length = 0;
    dist[a] = 0;
    seen[a] = step;
    parent[a] = -1;
    heap.push(0, a);
    let reachedSink = false;
    const relax = (v: number, d: number, from: number): void => {
      if (done[v] === step) return;
      if (seen[v] !== step || d < dist[v]!) {
        seen[v] = step;
        dist[v] = d;
        parent[v] = from;
        heap.push(d, v);
      }
    };
    while (heap.size > 0) {
      const d = heap.topKey;
      const u = heap.topNode;
      heap.pop();
      if (done[u] === step || d > dist[u]!) continue;
      if (u === T) {
        reachedSink = true;
        break;
      }
      done[u] = step;
      settled.push(u);
      if (u < N) {
        const own = provider[u]!;
        for (let e = start[u]!; e < start[u + 1]!; e++) {
          const p = target[e]!;
          if (p === own) continue;
          relax(N + p, d + cost[e]! + pi[u]! - pi[N + p]!, u);
        }
      } else {
        const p = u - N;
        if (members[p]!.length < capacity[p]!) relax(T, d + pi[u]! - pi[T]!, u);
        for (const n of members[p]!) relax(n, d - pairCost[n]! + pi[u]! - pi[n]!, u);
      }
    }

    let D: number;
    if (reachedSink) {
      D = dist[T]!;
      shift(parent[T]! - N, a);
    } else {
      // No augmenting path: drop the met need of the same tier whose swap shortens the distance most, if any.
      let best = -1;
      let bestCost = 0;
      for (const b of settled) {
        if (b >= N || b === a || tier[b] !== tier[a]) continue;
        const real = dist[b]! + pi[b]! - pi[a]!;
        if (real < 0 && (best < 0 || real < bestCost || (real === bestCost && b < best))) {
          best = b;
          bestCost = real;
        }
      }
      if (best < 0) continue;
      D = dist[best]!;
      const q = provider[best]!;
      detach(best);
      shift(q, a);
    }
    for (const v of settled) if (dist[v]! < D) pi[v] = pi[v]! + dist[v]! - D;
  }
  return { provider, cost: pairCost };
}
