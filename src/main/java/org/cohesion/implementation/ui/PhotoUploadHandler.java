package org.cohesion.implementation.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import org.cohesion.implementation.ImplementationService;

/**
 * Reads an uploaded photo into memory, at most one byte more than allowed (a forged, oversized upload is refused by
 * the service without being read whole), then hands it over with the session locked.
 */
class PhotoUploadHandler implements UploadHandler {

    private final SerializableConsumer<byte[]> received;

    PhotoUploadHandler(SerializableConsumer<byte[]> received) {
        this.received = received;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(ImplementationService.MAX_BYTES + 1);
        }
        event.getUI().access(() -> received.accept(bytes));
    }

    @Override
    public long getFileSizeMax() {
        return ImplementationService.MAX_BYTES + 1024L * 1024L;
    }

    @Override
    public long getRequestSizeMax() {
        return ImplementationService.MAX_BYTES + 2L * 1024L * 1024L;
    }
}
