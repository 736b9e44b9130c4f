/** Rate limits on content creation, shared by the features; depends on no feature. */
package org.cohesion.ratelimit;
