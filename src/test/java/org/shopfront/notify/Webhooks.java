package org.shopfront.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for Slack and Teams: records what is posted to it and
 * answers with the status a test sets (503 to play a channel that is down).
 */
final class Webhooks {

	record Post(String path, String contentType, String body) {
	}

	private final HttpServer server;

	private final List<Post> posts = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	Webhooks() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int answer = this.status;
			if (answer == 200) {
				this.posts.add(new Post(exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst("Content-Type"), body));
			}
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		this.server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	void answer(int status) {
		this.status = status;
	}

	List<Post> posts() {
		return List.copyOf(this.posts);
	}

	void stop() {
		this.server.stop(0);
	}

}
