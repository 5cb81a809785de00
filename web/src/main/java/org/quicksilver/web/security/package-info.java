/** Log-in, URL rules and HTTP hardening: the Shiro realm and filters, and the security headers. */
package org.quicksilver.web.security;
