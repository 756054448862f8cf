package org.shopfront.operations;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application ({@code target/shopfront.jar}, built by {@code mvn package})
 * as a process of its own, in a working directory of the test's, with a small HTTP client
 * that signs in with HTTP basic. The crash, outage and upgrade tests start, kill and
 * restart it as an operator would.
 */
final class PackagedApp implements AutoCloseable {

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final Path directory;

	private final List<String> arguments;

	private final Map<String, String> environment;

	private final int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process process;

	private int starts;

	PackagedApp(Path directory, Map<String, String> environment, String... arguments) {
		this.directory = directory;
		this.environment = environment;
		this.arguments = List.of(arguments);
		this.port = freePort();
	}

	static Path jar() {
		Path jar = Path.of(System.getProperty("shopfront.jar", "target/shopfront.jar")).toAbsolutePath();
		assertThat(jar).as("the packaged application (mvn package)").exists();
		return jar;
	}

	/** A fresh directory under target/operations, kept after the test for its logs. */
	static Path workDirectory(String name) throws IOException {
		Path directory = Path.of("target", "operations", name).toAbsolutePath();
		if (Files.exists(directory)) {
			try (var files = Files.walk(directory)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		return Files.createDirectories(directory);
	}

	static boolean onPostgres() {
		return "postgres".equalsIgnoreCase(System.getProperty("shopfront.test.db", "h2"));
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Starts the jar and waits until it is ready for traffic. */
	PackagedApp start() throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", jar().toString(),
				"--server.port=" + this.port, "--spring.main.banner-mode=off"));
		command.addAll(this.arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
		builder.environment().putAll(this.environment);
		this.process = builder.start();
		this.starts++;
		await("start " + this.starts + " (log: " + log() + ")").atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				assertThat(this.process.isAlive()).as("process alive, see " + log()).isTrue();
				return ready();
			});
		return this;
	}

	/** SIGKILL: no shutdown hook, no flush, no goodbye. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		assertThat(this.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
	}

	/** SIGTERM: Boot's graceful shutdown. */
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				kill();
			}
		}
	}

	/** Runs a command of the jar ({@code verify-ledger}) on the same database. */
	int command(String name, Path output) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString(), name));
		command.addAll(this.arguments.stream().filter((a) -> a.startsWith("--spring.datasource")).toList());
		command.addAll(this.arguments.stream().filter((a) -> a.startsWith("--spring.profiles")).toList());
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().putAll(this.environment);
		Process run = builder.start();
		assertThat(run.waitFor(3, TimeUnit.MINUTES)).isTrue();
		return run.exitValue();
	}

	boolean ready() {
		try {
			return send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).GET(),
					null)
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	HttpResponse<String> get(String path, String user) throws IOException {
		return send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).GET(), user);
	}

	HttpResponse<String> postJson(String path, String user, String json) throws IOException {
		return send(HttpRequest.newBuilder(uri(path))
			.timeout(REQUEST_TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), user);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String user) throws IOException {
		if (user != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	Path log() {
		return this.directory.resolve("shopfront.log");
	}

	String logText() throws IOException {
		return Files.readString(log());
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
