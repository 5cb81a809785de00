/**
 * End-to-end tests against the real EAR on the provisioned WildFly: services in the container, HTTP
 * security from outside, and user flows in headless Chromium.
 */
package org.quicksilver.it;
