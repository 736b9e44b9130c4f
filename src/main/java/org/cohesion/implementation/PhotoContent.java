package org.cohesion.implementation;

/** The bytes of a photo and their checked type. */
public record PhotoContent(String contentType, byte[] bytes) {
}
