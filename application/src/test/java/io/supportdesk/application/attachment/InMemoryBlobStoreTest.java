package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.out.BlobStore;

class InMemoryBlobStoreTest extends BlobStoreContract {

    private final InMemoryBlobStore store = new InMemoryBlobStore();

    @Override
    protected BlobStore store() {
        return store;
    }
}
