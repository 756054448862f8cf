package org.shopfront.feedback;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shopfront.promises.PromiseId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback module's read API for the track record: what customers answered about
 * given promises, for rebuilding figures that events keep current afterwards.
 */
@Service
@Transactional(readOnly = true)
public class SurveyAnswers {

	/**
	 * A customer's answer.
	 *
	 * @param kept whether they think we kept the promise, or null if they did not say
	 * @param satisfaction 1 to 5, or null if they did not say
	 */
	public record Answer(Boolean kept, Integer satisfaction) {
	}

	private final JdbcClient jdbc;

	SurveyAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The answers given about any of the promises, by promise. */
	public Map<PromiseId, Answer> of(Collection<PromiseId> promises) {
		Map<PromiseId, Answer> answers = new HashMap<>();
		if (promises.isEmpty()) {
			return answers;
		}
		List<UUID> ids = promises.stream().map(PromiseId::value).toList();
		this.jdbc.sql("""
				select promise_id, promise_kept, satisfaction from survey
				where promise_id in (:ids) and answered_at is not null
				""").param("ids", ids).query((RowCallbackHandler) (rs) -> {
			Object kept = rs.getObject("promise_kept");
			Object satisfaction = rs.getObject("satisfaction");
			answers.put(new PromiseId(rs.getObject("promise_id", UUID.class)),
					new Answer((Boolean) kept, (satisfaction != null) ? ((Number) satisfaction).intValue() : null));
		});
		return answers;
	}

}
