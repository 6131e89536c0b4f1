package io.github.qacatalog.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Date;
import java.util.UUID;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPBESecretKeyEncryptorBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPDigestCalculatorProvider;
import org.bouncycastle.openpgp.operator.bc.BcPGPKeyPair;

/**
 * An OpenPGP signing key made for one test run and never written anywhere: its secret half, armored
 * and protected by a random passphrase, goes to the nested build through the environment, as a
 * release's real key does; its public half checks the signatures that build made.
 */
final class ThrowawaySigningKey {
  private final String armoredSecretKey;
  private final String passphrase;
  private final PGPPublicKey publicKey;

  private ThrowawaySigningKey(String armoredSecretKey, String passphrase, PGPPublicKey publicKey) {
    this.armoredSecretKey = armoredSecretKey;
    this.passphrase = passphrase;
    this.publicKey = publicKey;
  }

  static ThrowawaySigningKey generate() {
    try {
      RSAKeyPairGenerator rsa = new RSAKeyPairGenerator();
      rsa.init(new RSAKeyGenerationParameters(BigInteger.valueOf(0x10001), new SecureRandom(), 2048, 80));
      BcPGPKeyPair pair = new BcPGPKeyPair(PublicKeyPacket.VERSION_4, PublicKeyAlgorithmTags.RSA_GENERAL,
          rsa.generateKeyPair(), new Date());
      String passphrase = UUID.randomUUID().toString();
      PGPDigestCalculator sha1 = new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA1);
      PGPKeyRingGenerator ring = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, pair,
          "qacatalog release test <release-test@example.invalid>", sha1, null, null,
          new BcPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256),
          new BcPBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256,
              new BcPGPDigestCalculatorProvider().get(HashAlgorithmTags.SHA256)).build(passphrase.toCharArray()));
      ByteArrayOutputStream armored = new ByteArrayOutputStream();
      try (ArmoredOutputStream out = new ArmoredOutputStream(armored)) {
        ring.generateSecretKeyRing().encode(out);
      }
      return new ThrowawaySigningKey(armored.toString(StandardCharsets.US_ASCII), passphrase, pair.getPublicKey());
    } catch (PGPException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The secret key as {@code gpg --armor --export-secret-keys} prints it: for MAVEN_GPG_KEY. */
  String armoredSecretKey() {
    return armoredSecretKey;
  }

  /** For MAVEN_GPG_PASSPHRASE. */
  String passphrase() {
    return passphrase;
  }

  /** Whether {@code armoredSignature} (a {@code .asc} file) is this key's signature of {@code content}. */
  boolean signed(byte[] content, byte[] armoredSignature) {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(armoredSignature))) {
      Object packet = new BcPGPObjectFactory(in).nextObject();
      if (!(packet instanceof PGPSignatureList signatures) || signatures.size() != 1) {
        return false;
      }
      PGPSignature signature = signatures.get(0);
      if (signature.getKeyID() != publicKey.getKeyID()) {
        return false;
      }
      signature.init(new BcPGPContentVerifierBuilderProvider(), publicKey);
      signature.update(content);
      return signature.verify();
    } catch (PGPException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
