package org.jsis.border.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduling the stay maintenance needs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BorderConfiguration {}
