package org.shopfront.notify;

import org.shopfront.shared.NotFound;

/** No such notice in the asker's inbox; someone else's notice answers the same. */
final class NoticeNotFound extends NotFound {

	private NoticeNotFound(Object id) {
		super("error.notice.notFound", id);
	}

	static NoticeNotFound forId(Object id) {
		return new NoticeNotFound(id);
	}

}
