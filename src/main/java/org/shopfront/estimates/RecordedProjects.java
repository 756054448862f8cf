package org.shopfront.estimates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The past projects record: what initiatives and imports add, and what it says. */
@Service
@Transactional(readOnly = true)
class RecordedProjects implements PastProjects {

	private final StoredProjects projects;

	private final Clock clock;

	RecordedProjects(StoredProjects projects, Clock clock) {
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean record(PastProject project) {
		return this.projects.add(project, this.clock.instant());
	}

	@Override
	public long count() {
		return this.projects.count();
	}

	@Override
	public List<PastProject> list(int offset, int limit) {
		return this.projects.page(Math.max(0, offset), Math.max(0, limit));
	}

	@Override
	public Overruns overruns(Measure measure, String source) {
		List<Double> ratios = new ArrayList<>();
		for (PastProject project : this.projects.from(source)) {
			BigDecimal[] figures = Comparables.figures(project, measure);
			if (figures != null && figures[0] != null && figures[1] != null && figures[0].signum() > 0
					&& figures[1].signum() >= 0) {
				ratios.add(figures[1].divide(figures[0], MathContext.DECIMAL64).doubleValue());
			}
		}
		if (ratios.isEmpty()) {
			return Overruns.none(measure);
		}
		ratios.sort(null);
		long over = ratios.stream().filter((ratio) -> ratio > 1).count();
		double mean = ratios.stream().mapToDouble((ratio) -> ratio - 1).average().orElse(0);
		int n = ratios.size();
		double median = (n % 2 == 1) ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
		return new Overruns(measure, n, (double) over / n, mean, median);
	}

}
