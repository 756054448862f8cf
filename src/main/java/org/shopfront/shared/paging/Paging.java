package org.shopfront.shared.paging;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.shopfront.shared.SignedTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Turns cursors into tokens and back, and pages into links. A token is signed with a key
 * the nodes share and bound to a scope: the list, its sort and filters, and the person
 * asking. A token made for another scope, changed or older than a week is refused
 * ({@link InvalidCursor}), so a cursor from someone else's list opens nothing; the lists'
 * queries filter by who is asking all the same.
 * <p>
 * The conventions every list follows: the request parameters {@code cursor} and (API)
 * {@code limit}; an API list answers a JSON array of one page and, when more follow, a
 * {@code Link: <…>; rel="next"} header; a page shows a "more" link (fragment
 * {@code fragments/paging}) that htmx follows to append the next rows.
 */
@Component
public class Paging {

	/** Rows on a page, and in an API answer when the client does not say. */
	public static final int PAGE_SIZE = 50;

	/** The most rows an API client may ask for at once. */
	public static final int MAX_SIZE = 200;

	static final Duration VALID_FOR = Duration.ofDays(7);

	private static final int SCOPE_BYTES = 12;

	private final SignedTokens tokens;

	@Autowired
	Paging(JdbcClient jdbc, Clock clock) {
		this(SignedTokens.withSharedKey(jdbc, "paging-cursors", clock));
	}

	Paging(SignedTokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * The page a request asks for.
	 * @param cursor the request's cursor token, or null for the first page
	 * @param limit the rows an API client asks for, or null for {@link #PAGE_SIZE}; kept
	 * between 1 and {@link #MAX_SIZE}
	 * @param scope what the cursor must have been made for: the list's name, the person
	 * asking, its sort and filters
	 * @throws InvalidCursor when the token was not made for this scope
	 */
	public PageRequest request(String cursor, Integer limit, Object... scope) {
		int size = (limit == null) ? PAGE_SIZE : Math.max(1, Math.min(MAX_SIZE, limit));
		String bound = scope(scope);
		if (cursor == null || cursor.isEmpty()) {
			return new PageRequest(null, size, bound);
		}
		byte[] payload = this.tokens.verify(cursor).orElseThrow(InvalidCursor::forList);
		if (payload.length < SCOPE_BYTES
				|| !MessageDigest.isEqual(Arrays.copyOf(payload, SCOPE_BYTES), digest(bound))) {
			throw InvalidCursor.forList();
		}
		Cursor after = Cursor.read(Arrays.copyOfRange(payload, SCOPE_BYTES, payload.length))
			.orElseThrow(InvalidCursor::forList);
		return new PageRequest(after, size, bound);
	}

	/** The token for the page after this one, or null when this is the last. */
	public String next(PageRequest request, Page<?> page) {
		if (!page.more()) {
			return null;
		}
		byte[] position = page.next().bytes();
		byte[] payload = ByteBuffer.allocate(SCOPE_BYTES + position.length)
			.put(digest(request.scope()))
			.put(position)
			.array();
		return this.tokens.sign(payload, VALID_FOR);
	}

	/**
	 * The link to the next page: the current request's path and query with the next
	 * cursor, or null when this is the last page.
	 */
	public String nextLink(PageRequest request, Page<?> page) {
		String token = next(request, page);
		if (token == null) {
			return null;
		}
		UriComponents next = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("cursor", token)
			.build();
		return next.getPath() + "?" + next.getQuery();
	}

	/**
	 * An API list's answer: the page's items as a JSON array and, when more follow, the
	 * next page's absolute address in a {@code Link} header.
	 */
	public <T> ResponseEntity<List<T>> json(PageRequest request, Page<T> page) {
		String token = next(request, page);
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (token != null) {
			URI next = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("cursor", token)
				.build()
				.toUri();
			answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return answer.body(page.items());
	}

	private static String scope(Object... parts) {
		return Stream.of(parts).map(Objects::toString).collect(Collectors.joining("\u001f"));
	}

	private static byte[] digest(String scope) {
		try {
			return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8)),
					SCOPE_BYTES);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
