package org.cohesion.synthesis;

/** A file to download: its name, content type and bytes. */
public record Export(String fileName, String contentType, byte[] bytes) {
}
