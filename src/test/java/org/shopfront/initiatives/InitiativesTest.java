package org.shopfront.initiatives;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.shopfront.ShopfrontTest;

import org.springframework.context.annotation.Import;

/**
 * The whole application with {@link RecordingDemand} standing in for the demand module:
 * every initiatives test uses exactly this, so they share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ShopfrontTest
@Import(RecordingDemand.Config.class)
public @interface InitiativesTest {

}
