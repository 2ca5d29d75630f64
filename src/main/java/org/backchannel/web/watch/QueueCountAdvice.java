package org.backchannel.web.watch;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.backchannel.watch.QueueService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The admin menu's count of queue items that wait, on the admin pages only (the public
 * pages never pay for it).
 */
@ControllerAdvice(annotations = Controller.class)
class QueueCountAdvice {

	private final ObjectProvider<QueueService> queue;

	/**
	 * The queue may be absent: a controller test's slice has none, and shows no count.
	 */
	QueueCountAdvice(ObjectProvider<QueueService> queue) {
		this.queue = queue;
	}

	@ModelAttribute("queueWaiting")
	@Nullable Long queueWaiting(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/admin") || !"GET".equals(request.getMethod())) {
			return null;
		}
		QueueService service = this.queue.getIfAvailable();
		return (service != null) ? service.waiting() : null;
	}

}
