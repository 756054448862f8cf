package org.shopfront.promises;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled jobs: the at-risk watch and relearning the forecasts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PromisesConfiguration {

}
