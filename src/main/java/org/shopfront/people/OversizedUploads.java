package org.shopfront.people;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload larger than the limit with the friendly 413 page before the form
 * token is checked. The token travels in the multipart body; reading it would mean
 * parsing a body that is over the limit, which fails, and the person would be told their
 * session expired instead of that the file is too large.
 */
final class OversizedUploads extends OncePerRequestFilter {

	private final long limit;

	OversizedUploads(DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
		if (multipart && this.limit >= 0 && request.getContentLengthLong() > this.limit) {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
			return;
		}
		chain.doFilter(request, response);
	}

}
