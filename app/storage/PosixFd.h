#pragma once

// Small POSIX helpers for the owner-only secret files (the data key, the device token): a
// descriptor that closes itself, a write that survives EINTR and short writes, errno in words.
#include <QString>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace wristdoc::posix {

inline QString errnoText(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// Closes a descriptor whatever happens.
struct Fd {
    int fd = -1;
    Fd() = default;
    explicit Fd(int descriptor)
        : fd(descriptor) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

inline bool writeAll(int fd, const char *data, size_t size) {
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace wristdoc::posix
