import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for Shopfront, a single-file Java 17 program without dependencies:
 *
 * <pre>
 * java bench/LoadTest.java place-orders --base http://127.0.0.1:18080 --users customer,customer2 [options]
 * java bench/LoadTest.java pages        --base http://127.0.0.1:18080 --users customer,customer2 [options]
 * </pre>
 *
 * Options: --threads 8, --warmup 10 (seconds), --duration 20 (seconds), --max-requests 200000
 * (measured requests, all threads together), --password demo, --out FILE (key=value results).
 *
 * Every client thread runs a closed loop (send, wait for the answer, send the next) over its
 * own keep-alive connection. A warm-up phase (not measured) lets the JIT, the connection
 * pools and the password cache settle; the measured phase ends after --duration seconds or
 * --max-requests requests, whichever comes first.
 */
public class LoadTest {

	static String base;

	static int threads = 8;

	static int warmupSeconds = 10;

	static int durationSeconds = 20;

	static long maxRequests = 200_000;

	static String password = "demo";

	static List<String> users = List.of("customer", "customer2");

	static Path out;

	/** Processes whose CPU time is reported for the measured phase: name to pids (Linux /proc). */
	static final Map<String, List<Long>> cpuWatch = new LinkedHashMap<>();

	static final Map<String, String> cpuReport = new LinkedHashMap<>();

	static final Duration TIMEOUT = Duration.ofSeconds(15);

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			usage();
		}
		String mode = args[0];
		for (int i = 1; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
				case "--base" -> base = value;
				case "--threads" -> threads = Integer.parseInt(value);
				case "--warmup" -> warmupSeconds = Integer.parseInt(value);
				case "--duration" -> durationSeconds = Integer.parseInt(value);
				case "--max-requests" -> maxRequests = Long.parseLong(value);
				case "--password" -> password = value;
				case "--users" -> users = List.of(value.split(","));
				case "--out" -> out = Path.of(value);
				case "--cpu" -> {
					String[] kv = value.split("=", 2);
					cpuWatch.put(kv[0], Arrays.stream(kv[1].split("[, ]+")).filter(x -> !x.isBlank()).map(Long::valueOf).toList());
				}
				default -> usage();
			}
			i++;
		}
		if (base == null) {
			usage();
		}
		base = base.replaceAll("/+$", "");
		Map<String, String> results = switch (mode) {
			case "place-orders" -> placeOrders();
			case "pages" -> pages();
			default -> {
				usage();
				yield null;
			}
		};
		results.putAll(cpuReport);
		if (!cpuReport.isEmpty()) {
			System.out.println("  CPU seconds in the measured phase: " + cpuReport);
		}
		if (out != null) {
			try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
				results.forEach((k, v) -> w.println(k + "=" + v));
			}
		}
	}

	static void usage() {
		System.err.println("usage: java bench/LoadTest.java place-orders|pages --base URL [--users a,b] [--threads 8]"
				+ " [--warmup 10] [--duration 20] [--max-requests 200000] [--password demo] [--out FILE]");
		System.exit(2);
	}

	// ---------------------------------------------------------------- place-orders

	record Offering(String id, String title, int fields) {
	}

	static Map<String, String> placeOrders() throws Exception {
		HttpClient setup = client(null);
		List<Offering> services = serviceOfferings(setup, users.get(0));
		if (services.isEmpty()) {
			throw new IllegalStateException("no orderable service offerings (non-physical, in stock) in the catalog");
		}
		System.out.printf(Locale.ROOT, "place-orders: %d service offerings, %d clients as %s%n", services.size(),
				threads, users);
		Phase phase = new Phase();
		Recorder rec = new Recorder();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			final int n = t;
			String user = users.get(n % users.size());
			String auth = basic(user);
			workers.add(new Thread(() -> {
				HttpClient http = client(null);
				int next = n;
				while (true) {
					boolean measured = phase.measured();
					if (phase.over() || (measured && !phase.take())) {
						break;
					}
					Offering o = services.get(next++ % services.size());
					String body = orderJson(o, n);
					HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/orders"))
						.timeout(TIMEOUT)
						.header("Authorization", auth)
						.header("Content-Type", "application/json")
						.header("Accept", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					long start = System.nanoTime();
					int status;
					String failure = null;
					try {
						HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
						status = res.statusCode();
						if (status != 201) {
							failure = "HTTP " + status + " " + abbreviate(res.body());
						}
					}
					catch (IOException | InterruptedException ex) {
						status = -1;
						failure = ex.getClass().getSimpleName();
					}
					long nanos = System.nanoTime() - start;
					if (measured) {
						if (status == 201) {
							rec.add("orders", nanos);
						}
						else {
							errors.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
						}
					}
				}
			}, "client-" + n));
		}
		double seconds = phase.run(workers);
		long ok = rec.count("orders");
		long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
		Map<String, String> r = new LinkedHashMap<>();
		r.put("orders_ok", Long.toString(ok));
		r.put("orders_errors", Long.toString(failed));
		r.put("orders_seconds", fmt(seconds));
		r.put("orders_per_second", fmt(ok / seconds));
		rec.percentiles("orders", r);
		System.out.printf(Locale.ROOT, "place-orders: %d orders placed (201) in %.1f s = %.1f orders/s, %d errors%n",
				ok, seconds, ok / seconds, failed);
		System.out.printf(Locale.ROOT, "  latency ms: p50 %s  p95 %s  p99 %s  max %s%n", r.get("orders_p50_ms"),
				r.get("orders_p95_ms"), r.get("orders_p99_ms"), r.get("orders_max_ms"));
		errors.forEach((k, v) -> System.out.printf(Locale.ROOT, "  error x%d: %s%n", v.get(), k));
		return r;
	}

	static String orderJson(Offering o, int client) {
		StringBuilder sb = new StringBuilder("{\"offeringId\":\"").append(o.id()).append("\",\"quantity\":1,\"answers\":[");
		for (int i = 0; i < o.fields(); i++) {
			sb.append(i == 0 ? "" : ",").append("\"benchmark answer ").append(i + 1).append(" from client ")
				.append(client).append('"');
		}
		return sb.append("]}").toString();
	}

	@SuppressWarnings("unchecked")
	static List<Offering> serviceOfferings(HttpClient http, String user) throws Exception {
		List<Offering> services = new ArrayList<>();
		for (String needId : needIds(http, user)) {
			Map<String, Object> need = (Map<String, Object>) Json.parse(getJson(http, user, "/api/needs/" + needId));
			for (Object o : (List<Object>) need.get("options")) {
				Map<String, Object> off = (Map<String, Object>) o;
				if (Boolean.TRUE.equals(off.get("physical")) || Boolean.TRUE.equals(off.get("outOfStock"))) {
					continue;
				}
				List<Object> fields = (List<Object>) off.getOrDefault("orderFields", List.of());
				services.add(new Offering((String) off.get("id"), (String) off.get("title"),
						fields == null ? 0 : fields.size()));
			}
		}
		return services;
	}

	@SuppressWarnings("unchecked")
	static List<String> needIds(HttpClient http, String user) throws Exception {
		List<String> ids = new ArrayList<>();
		for (Object n : (List<Object>) Json.parse(getJson(http, user, "/api/needs"))) {
			ids.add((String) ((Map<String, Object>) n).get("id"));
		}
		return ids;
	}

	static String getJson(HttpClient http, String user, String path) throws Exception {
		HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + path))
			.timeout(TIMEOUT)
			.header("Authorization", basic(user))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		if (res.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " as " + user + ": HTTP " + res.statusCode());
		}
		return res.body();
	}

	// ---------------------------------------------------------------- pages

	record Page(String group, String path) {
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> pages() throws Exception {
		HttpClient setup = client(null);
		List<String> needs = needIds(setup, users.get(0));
		List<Page> catalog = new ArrayList<>();
		catalog.add(new Page("catalog", "/store"));
		catalog.add(new Page("catalog", "/store?q=laptop"));
		// Several needs, spread over the whole store.
		int step = Math.max(1, needs.size() / 8);
		for (int i = 0; i < needs.size() && catalog.size() < 10; i += step) {
			catalog.add(new Page("catalog", "/needs/" + needs.get(i)));
		}
		Map<String, List<Page>> perUser = new LinkedHashMap<>();
		for (String user : users) {
			List<Page> pages = new ArrayList<>(catalog);
			pages.add(new Page("orders", "/orders"));
			List<Object> orders = (List<Object>) Json.parse(getJson(setup, user, "/api/orders"));
			for (int i = 0; i < orders.size() && i < 8; i++) {
				pages.add(new Page("orders", "/orders/" + ((Map<String, Object>) orders.get(i)).get("id")));
			}
			if (orders.isEmpty()) {
				System.out.println("pages: warning: " + user + " has no orders; only /orders in the order group");
			}
			perUser.put(user, pages);
			System.out.printf(Locale.ROOT, "pages: %s: %d catalog pages, %d order pages%n", user, catalog.size(),
					pages.size() - catalog.size());
		}
		Phase phase = new Phase();
		Recorder rec = new Recorder();
		Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			final int n = t;
			String user = users.get(n % users.size());
			List<Page> pages = perUser.get(user);
			workers.add(new Thread(() -> {
				HttpClient http = client(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
				try {
					login(http, user);
				}
				catch (Exception ex) {
					errors.computeIfAbsent("login " + user + ": " + ex.getMessage(), k -> new AtomicLong())
						.incrementAndGet();
					return;
				}
				int next = n;
				while (true) {
					boolean measured = phase.measured();
					if (phase.over() || (measured && !phase.take())) {
						break;
					}
					Page page = pages.get(next++ % pages.size());
					HttpRequest req = HttpRequest.newBuilder(URI.create(base + page.path()))
						.timeout(TIMEOUT)
						.header("Accept", "text/html")
						.GET()
						.build();
					long start = System.nanoTime();
					int status;
					String failure = null;
					try {
						HttpResponse<byte[]> res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
						status = res.statusCode();
						if (status != 200) {
							failure = page.group() + " HTTP " + status + " "
									+ res.headers().firstValue("Location").orElse("");
						}
					}
					catch (IOException | InterruptedException ex) {
						status = -1;
						failure = page.group() + " " + ex.getClass().getSimpleName();
					}
					long nanos = System.nanoTime() - start;
					if (measured) {
						if (status == 200) {
							rec.add(page.group(), nanos);
						}
						else {
							errors.computeIfAbsent(failure, k -> new AtomicLong()).incrementAndGet();
						}
					}
				}
			}, "client-" + n));
		}
		double seconds = phase.run(workers);
		long failed = errors.values().stream().mapToLong(AtomicLong::get).sum();
		Map<String, String> r = new LinkedHashMap<>();
		r.put("pages_seconds", fmt(seconds));
		r.put("pages_errors", Long.toString(failed));
		System.out.printf(Locale.ROOT, "pages: %.1f s measured, %d errors%n", seconds, failed);
		for (String group : List.of("catalog", "orders")) {
			long count = rec.count(group);
			r.put(group + "_count", Long.toString(count));
			r.put(group + "_per_second", fmt(count / seconds));
			rec.percentiles(group, r);
			System.out.printf(Locale.ROOT, "  %-8s %6d pages, %7.1f/s, ms: p50 %s  p95 %s  p99 %s  max %s%n", group,
					count, count / seconds, r.get(group + "_p50_ms"), r.get(group + "_p95_ms"),
					r.get(group + "_p99_ms"), r.get(group + "_max_ms"));
		}
		errors.forEach((k, v) -> System.out.printf(Locale.ROOT, "  error x%d: %s%n", v.get(), k));
		return r;
	}

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	static void login(HttpClient http, String user) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).timeout(TIMEOUT).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !m.find()) {
			throw new IllegalStateException("GET /login: HTTP " + form.statusCode() + ", no CSRF token");
		}
		String token = m.group(1) != null ? m.group(1) : m.group(2);
		String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
		HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = res.headers().firstValue("Location").orElse("");
		if (res.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("POST /login: HTTP " + res.statusCode() + " -> " + location);
		}
	}

	// ---------------------------------------------------------------- shared

	/** Warm-up, then the measured phase, bounded by time and request count. */
	static final class Phase {

		volatile long measureFrom;

		volatile long endAt;

		final AtomicLong budget = new AtomicLong(maxRequests);

		volatile long lastFinish;

		boolean measured() {
			return System.nanoTime() - this.measureFrom >= 0;
		}

		boolean over() {
			return System.nanoTime() - this.endAt >= 0;
		}

		boolean take() {
			return this.budget.getAndDecrement() > 0;
		}

		double run(List<Thread> workers) throws InterruptedException {
			long now = System.nanoTime();
			this.measureFrom = now + Duration.ofSeconds(warmupSeconds).toNanos();
			this.endAt = this.measureFrom + Duration.ofSeconds(durationSeconds).toNanos();
			System.out.printf(Locale.ROOT, "  warm-up %d s, then measuring %d s (at most %d requests)...%n",
					warmupSeconds, durationSeconds, maxRequests);
			workers.forEach(Thread::start);
			long wait = this.measureFrom - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			Map<String, Double> before = cpuSnapshot();
			for (Thread w : workers) {
				w.join();
			}
			long finished = System.nanoTime();
			Map<String, Double> after = cpuSnapshot();
			double seconds = Math.max(1, finished - this.measureFrom) / 1e9;
			after.forEach((k, v) -> cpuReport.put(k, fmt(v - before.getOrDefault(k, 0.0))));
			cpuReport.put("cpu_available_seconds", fmt(seconds * Runtime.getRuntime().availableProcessors()));
			return seconds;
		}

	}

	/** Latencies in nanoseconds per group. */
	static final class Recorder {

		final Map<String, List<Long>> samples = new ConcurrentHashMap<>();

		void add(String group, long nanos) {
			List<Long> list = this.samples.computeIfAbsent(group, k -> new ArrayList<>());
			synchronized (list) {
				list.add(nanos);
			}
		}

		long count(String group) {
			List<Long> list = this.samples.getOrDefault(group, List.of());
			synchronized (list) {
				return list.size();
			}
		}

		void percentiles(String group, Map<String, String> into) {
			List<Long> list = this.samples.getOrDefault(group, List.of());
			long[] sorted;
			synchronized (list) {
				sorted = list.stream().mapToLong(Long::longValue).toArray();
			}
			Arrays.sort(sorted);
			into.put(group + "_p50_ms", ms(sorted, 0.50));
			into.put(group + "_p95_ms", ms(sorted, 0.95));
			into.put(group + "_p99_ms", ms(sorted, 0.99));
			into.put(group + "_max_ms", sorted.length == 0 ? "n/a" : fmt(sorted[sorted.length - 1] / 1e6));
		}

		/** Nearest-rank percentile. */
		static String ms(long[] sorted, double p) {
			if (sorted.length == 0) {
				return "n/a";
			}
			int rank = (int) Math.ceil(p * sorted.length);
			return fmt(sorted[Math.max(0, rank - 1)] / 1e6);
		}

	}

	static HttpClient client(CookieManager cookies) {
		HttpClient.Builder b = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER);
		if (cookies != null) {
			b.cookieHandler(cookies);
		}
		return b.build();
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static String abbreviate(String s) {
		s = s == null ? "" : s.replaceAll("\\s+", " ");
		return s.length() > 160 ? s.substring(0, 160) + "..." : s;
	}

	static String fmt(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}

	static final double CLK_TCK = 100.0; // USER_HZ, 100 on Linux

	/**
	 * CPU seconds (user + system) so far: of the watched processes, of this load generator,
	 * and of the whole machine (busy time from /proc/stat, so that other work shows up too).
	 */
	static Map<String, Double> cpuSnapshot() {
		Map<String, Double> m = new LinkedHashMap<>();
		cpuWatch.forEach((name, pids) -> {
			double t = 0;
			for (long pid : pids) {
				try {
					String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					t += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / CLK_TCK;
				}
				catch (IOException | RuntimeException ex) {
					// gone or unreadable: counts as nothing
				}
			}
			m.put("cpu_" + name + "_seconds", t);
		});
		m.put("cpu_loadgen_seconds",
				ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0));
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < f.length && i <= 8; i++) {
				if (i != 4 && i != 5) { // idle, iowait
					busy += Long.parseLong(f[i]);
				}
			}
			m.put("cpu_machine_busy_seconds", busy / CLK_TCK);
		}
		catch (IOException | RuntimeException ex) {
			// not Linux
		}
		return m;
	}

	/** Just enough JSON: objects to LinkedHashMap, arrays to ArrayList, numbers to Double. */
	static final class Json {

		private final String s;

		private int i;

		private Json(String s) {
			this.s = s;
		}

		static Object parse(String s) {
			Json j = new Json(s);
			Object v = j.value();
			j.ws();
			if (j.i != s.length()) {
				throw j.error("trailing characters");
			}
			return v;
		}

		private Object value() {
			ws();
			char c = this.s.charAt(this.i);
			switch (c) {
				case '{': {
					this.i++;
					Map<String, Object> m = new LinkedHashMap<>();
					ws();
					if (peek('}')) {
						return m;
					}
					do {
						ws();
						String k = string();
						ws();
						expect(':');
						m.put(k, value());
						ws();
					}
					while (peek(','));
					expect('}');
					return m;
				}
				case '[': {
					this.i++;
					List<Object> l = new ArrayList<>();
					ws();
					if (peek(']')) {
						return l;
					}
					do {
						l.add(value());
						ws();
					}
					while (peek(','));
					expect(']');
					return l;
				}
				case '"':
					return string();
				default:
					if (this.s.startsWith("true", this.i)) {
						this.i += 4;
						return Boolean.TRUE;
					}
					if (this.s.startsWith("false", this.i)) {
						this.i += 5;
						return Boolean.FALSE;
					}
					if (this.s.startsWith("null", this.i)) {
						this.i += 4;
						return null;
					}
					int start = this.i;
					while (this.i < this.s.length() && "+-0123456789.eE".indexOf(this.s.charAt(this.i)) >= 0) {
						this.i++;
					}
					if (start == this.i) {
						throw error("unexpected character");
					}
					return Double.parseDouble(this.s.substring(start, this.i));
			}
		}

		private String string() {
			expect('"');
			StringBuilder sb = new StringBuilder();
			while (true) {
				char c = this.s.charAt(this.i++);
				if (c == '"') {
					return sb.toString();
				}
				if (c == '\\') {
					char e = this.s.charAt(this.i++);
					switch (e) {
						case 'n' -> sb.append('\n');
						case 't' -> sb.append('\t');
						case 'r' -> sb.append('\r');
						case 'b' -> sb.append('\b');
						case 'f' -> sb.append('\f');
						case 'u' -> {
							sb.append((char) Integer.parseInt(this.s.substring(this.i, this.i + 4), 16));
							this.i += 4;
						}
						default -> sb.append(e);
					}
				}
				else {
					sb.append(c);
				}
			}
		}

		private void ws() {
			while (this.i < this.s.length() && Character.isWhitespace(this.s.charAt(this.i))) {
				this.i++;
			}
		}

		private boolean peek(char c) {
			if (this.i < this.s.length() && this.s.charAt(this.i) == c) {
				this.i++;
				return true;
			}
			return false;
		}

		private void expect(char c) {
			if (!peek(c)) {
				throw error("expected '" + c + "'");
			}
		}

		private IllegalStateException error(String message) {
			return new IllegalStateException("JSON: " + message + " at " + this.i);
		}

	}

}
