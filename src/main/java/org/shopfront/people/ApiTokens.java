package org.shopfront.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.shopfront.shared.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores API tokens by the SHA-256 of their secret. */
@Repository
class ApiTokens {

	private static final String SELECT = """
			select t.id, t.owner_id, u.display_name as owner_name, t.name, t.token_prefix, t.scopes, t.created_by,
			       t.created_at, t.expires_at, t.revoked_at, t.last_used_at
			from api_token t join app_user u on u.id = t.owner_id
			""";

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ApiToken token, String hash) {
		this.jdbc.sql("""
				insert into api_token (id, owner_id, name, token_hash, token_prefix, scopes, created_by, created_at,
				    expires_at)
				values (:id, :owner, :name, :hash, :prefix, :scopes, :createdBy, :createdAt, :expiresAt)
				""")
			.param("id", token.id())
			.param("owner", token.ownerId().value())
			.param("name", token.name())
			.param("hash", hash)
			.param("prefix", token.prefix())
			.param("scopes", TokenScope.format(token.scopes()))
			.param("createdBy", token.createdBy().value())
			.param("createdAt", Timestamps.param(token.createdAt()))
			.param("expiresAt", Timestamps.param(token.expiresAt()))
			.update();
	}

	Optional<ApiToken> findByHash(String hash) {
		return this.jdbc.sql(SELECT + " where t.token_hash = :hash")
			.param("hash", hash)
			.query(ApiTokens::map)
			.optional();
	}

	Optional<ApiToken> find(UUID id) {
		return this.jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ApiTokens::map).optional();
	}

	List<ApiToken> ownedBy(UserId owner) {
		return this.jdbc.sql(SELECT + " where t.owner_id = :owner order by t.created_at desc, t.id")
			.param("owner", owner.value())
			.query(ApiTokens::map)
			.list();
	}

	List<ApiToken> all(int limit) {
		return this.jdbc.sql(SELECT + " order by t.created_at desc, t.id fetch first " + limit + " rows only")
			.query(ApiTokens::map)
			.list();
	}

	/** Revokes a token that is not revoked yet; false when there was nothing to do. */
	boolean revoke(UUID id, Instant at) {
		return this.jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
			.param("at", Timestamps.param(at))
			.param("id", id)
			.update() == 1;
	}

	/** Records a use unless one at most a minute older was recorded already. */
	void used(UUID id, Instant at) {
		this.jdbc.sql("""
				update api_token set last_used_at = :at
				where id = :id and (last_used_at is null or last_used_at < :minuteBefore)
				""")
			.param("at", Timestamps.param(at))
			.param("minuteBefore", Timestamps.param(at.minusSeconds(60)))
			.param("id", id)
			.update();
	}

	private static ApiToken map(ResultSet rs, int row) throws SQLException {
		return new ApiToken(rs.getObject("id", UUID.class), new UserId(rs.getObject("owner_id", UUID.class)),
				rs.getString("owner_name"), rs.getString("name"), rs.getString("token_prefix"),
				TokenScope.parse(rs.getString("scopes")), new UserId(rs.getObject("created_by", UUID.class)),
				Timestamps.read(rs, "created_at"), Timestamps.read(rs, "expires_at"), Timestamps.read(rs, "revoked_at"),
				Timestamps.read(rs, "last_used_at"));
	}

}
