package org.jsis;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The JSIS Spring Boot application: a modular monolith, one package per business module. */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class JsisApplication {}
