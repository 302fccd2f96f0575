#pragma once

#include "KeyStore.h"

#include <qt6keychain/keychain.h>

// What the two keychain-backed stores (the data key, the kiosk's device token) share.
namespace wristdoc::keychain {

// Secret Service lives on the session bus. Without one, libsecret and D-Bus may try to
// autolaunch a bus (or wait for one), so the keychain is not even asked.
bool sessionBusLikely();

// Runs a job to its end or the timeout. A job that outlives the wait deletes itself when it
// finally ends; nothing refers to it any more.
bool runJob(QKeychain::Job *job, int timeoutMs);

// NotFound for a missing entry; every other failure means the keychain cannot be used here.
KeyStoreError errorFor(QKeychain::Error error);

} // namespace wristdoc::keychain
